BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2l,9,3,a,1d,w,m,9,z,3,4",
"avion":"78",
"avions":"2m,p,3w,b"
});
