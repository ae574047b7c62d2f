BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1c,q,2r,d,h,2,a;1w,22,34"
});
