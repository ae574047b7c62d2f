BRIEFINGS_SEARCH_WORDS("avi",{
"aviation":"1,2k,9,3,a,1j,1l,a,13,3,4;4q",
"avion":"7l",
"avions":"2l,p,4a,b"
});
