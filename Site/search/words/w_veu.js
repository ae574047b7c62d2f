BRIEFINGS_SEARCH_WORDS("veu",{
"veulent":"2x",
"veut":"3j,44"
});
