BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"30,1a,3n;4a"
});
