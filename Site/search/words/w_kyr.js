BRIEFINGS_SEARCH_WORDS("kyr",{
"kyriakos":"1w,1c,12,2g,d,h,2,a;1w,2e,2t"
});
