BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"59,d,h,1,1j,2,1;63,1"
});
