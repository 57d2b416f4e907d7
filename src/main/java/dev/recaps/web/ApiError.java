package dev.recaps.web;

/**
 * The body of every error answer: a short stable {@code error} code for scripts and a {@code
 * detail} sentence for people.
 */
public record ApiError(String error, String detail) {}
