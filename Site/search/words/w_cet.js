BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7a",
"cette":"5,a,2u,14,q,1r,h,7,3;53,1r"
});
