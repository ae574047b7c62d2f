BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"7a",
"cette":"5,a,2u,14,m,1v,h,7,3;4z,1v"
});
