BRIEFINGS_SEARCH_WORDS("sit",{
"sits":"85",
"situation":"t,w,1a,3,3,2z,3,6,4,5,p,6,b,1,1,3,1,1,1;67,a,5,p,n",
"situee":"57,2x;57"
});
