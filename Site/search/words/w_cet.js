BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"77",
"cette":"5,a,2u,14,q,1o,h,7,3;53,1o"
});
