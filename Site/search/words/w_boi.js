BRIEFINGS_SEARCH_WORDS("boi",{
"boiko":"k"
});
