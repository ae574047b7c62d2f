BRIEFINGS_SEARCH_WORDS("joh",{
"johansson":"36;36",
"johnson":"j,6n,g;j"
});
