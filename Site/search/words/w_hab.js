BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"3a,1a,2h,6,c;4k,2h",
"habitees":"25"
});
