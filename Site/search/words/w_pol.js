BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,1a,c,48,n",
"policy":"1r,4d,1k,3,8;64,1k",
"political":"7v,8",
"politique":"5,4,v,5,5,g,5,12,u,2,2h,1k",
"politiques":"1z,e",
"pologne":"5l,2g"
});
