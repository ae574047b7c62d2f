BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"5a,d,h,1,1,1k,2,1;64,1,1"
});
