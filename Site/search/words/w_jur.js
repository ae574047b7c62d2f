BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3x,2c;1s"
});
