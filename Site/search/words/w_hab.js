BRIEFINGS_SEARCH_WORDS("hab",{
"habitants":"39,18,2k,6,c;4h,2k",
"habitees":"24"
});
