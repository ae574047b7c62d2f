BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,1a,2k,6,c;4j,2k",
"habitees":"24"
});
