BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1e,w,m,9,12,3,4",
"avion":"7b",
"avions":"2l,p,40,b"
});
