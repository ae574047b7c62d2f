BRIEFINGS_SEARCH_WORDS("cet",{
"cet":"77",
"cette":"5,a,2u,14,m,1s,h,7,3;4z,1s"
});
