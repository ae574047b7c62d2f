BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1j,1m,a,13,3,4",
"avion":"7m",
"avions":"2l,p,4b,b"
});
