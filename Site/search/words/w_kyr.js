BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1c,r,2s,d,i,2,a;1w,23,35"
});
