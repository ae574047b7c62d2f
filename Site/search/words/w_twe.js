BRIEFINGS_SEARCH_WORDS("twe",{
"twenty":"31,1q,3e;4r"
});
