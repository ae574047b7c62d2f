BRIEFINGS_SEARCH_WORDS("veu",{
"veulent":"2y",
"veut":"46,43;46"
});
