BRIEFINGS_SEARCH_WORDS("one",{
"one":"6h,w,3,4"
});
