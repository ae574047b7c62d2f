BRIEFINGS_SEARCH_WORDS("joh",{
"johansson":"37;37",
"johnson":"j,79,g;j"
});
