BRIEFINGS_SEARCH_WORDS("veu",{
"veulent":"2y",
"veut":"3k,43;3k"
});
