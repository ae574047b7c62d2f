BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3c,2c;1s"
});
