BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"3w,l,27,y,7,4;4h,27"
});
