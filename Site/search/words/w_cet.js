BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7t",
"cette":"5,a,3h,14,p,1n,i,7,3;5p,1n"
});
