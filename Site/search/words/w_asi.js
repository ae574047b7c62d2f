BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6n,z,3;6n",
"asile":"15,7,k,3,3,14,2,3h,v;6p"
});
