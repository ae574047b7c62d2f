BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"77",
"cette":"5,a,2v,14,p,1n,i,7,3;53,1n"
});
