BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"78",
"cette":"5,a,2v,14,q,1o,h,7,3;54,1o"
});
