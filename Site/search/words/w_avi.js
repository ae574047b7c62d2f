BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2l,9,3,a,1e,w,m,9,z,3,4",
"avion":"79",
"avions":"2m,p,3x,b"
});
