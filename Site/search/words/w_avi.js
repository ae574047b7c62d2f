BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1c,1i,9,12,3,4",
"avion":"79",
"avions":"2l,p,3y,b"
});
