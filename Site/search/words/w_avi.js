BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1i,1l,a,12,3,4",
"avion":"7j",
"avions":"2l,p,48,b"
});
