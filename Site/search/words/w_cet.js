BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7i",
"cette":"5,a,2u,1z,1v,g,7,3;58,1v"
});
