package dev.recaps.model;

import java.util.List;

/** One recap with everything known about it and the recaps most like it. */
public record RecapDetail(Recap recap, List<Hit> related) {}
