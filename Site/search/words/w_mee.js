BRIEFINGS_SEARCH_WORDS("mee",{
"meet":"3w,l,28,z,7,4;4h,28"
});
