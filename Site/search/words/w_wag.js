BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1g,3h,6;1d"
});
