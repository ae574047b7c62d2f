BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3b,2c;1s"
});
