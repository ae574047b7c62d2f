BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,37,2g;1s"
});
