BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"78",
"cette":"5,a,2u,1s,1r,h,7,3;51,1r"
});
