BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1e,w,m,9,z,3,4",
"avion":"78",
"avions":"2l,p,3x,b"
});
