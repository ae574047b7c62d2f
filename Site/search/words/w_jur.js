BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,39,2f;1s"
});
