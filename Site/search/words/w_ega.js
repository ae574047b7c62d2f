BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"52,d,h,1,1,1f,2,1;5w,1,1"
});
