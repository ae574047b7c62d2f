BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2l,9,3,w,1d,w,m,9,z,3,4",
"avion":"7u",
"avions":"2m,1b,3w,b"
});
