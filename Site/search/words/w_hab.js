BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,1a,2h,6,c;4j,2h",
"habitees":"24"
});
