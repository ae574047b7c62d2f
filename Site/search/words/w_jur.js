BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3g,2i;1s"
});
