BRIEFINGS_SEARCH_WORDS("c",{
"c":"31,3,3,1,1,1,3h,h;6r"
});
