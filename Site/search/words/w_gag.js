BRIEFINGS_SEARCH_WORDS("gag",{
"gagner":"2i,f,3h,16,3"
});
