BRIEFINGS_SEARCH_WORDS("si",{
"si":"47,4,3h,g,1;4b"
});
